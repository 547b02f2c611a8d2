# 1,000 views of a 100M-element int64 array (800 MB) alive at once: a view
# costs O(1) memory, so the peak RSS stays within 5% of the array's own size.
import numpy as np
n = 100_000_000  # bench-size
a = np.arange(n)
views = [a[i:] for i in range(1000)]
flipped = [v[::-1] for v in views]
steps = [a[::i + 1] for i in range(1000)]
print(len(views) + len(flipped) + len(steps), views[999][0], flipped[1][0], steps[999][1], sum([v.base is a for v in steps]))
