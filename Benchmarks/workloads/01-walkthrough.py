# The guide's walkthrough (Examples/copy-and-view.py), with every printed id
# and value folded into one checksum line at the end.
import numpy as np

# Step 1. Binding a second name to an array makes no new object.
array_a = np.arange(6)
array_b = array_a
step1 = (id(array_a) == id(array_b), array_b is array_a)

# Step 2. A slice is a new array object, but a view of array_a's memory.
array_b = array_a[0:3]
step2 = (id(array_a) == id(array_b), array_b is array_a)
array_b[0] = 100
step2b = (array_a.tolist(), array_b.tolist())

# Step 3. np.copy makes a deep copy with memory of its own.
array_c = np.copy(array_a)
array_c[0] = 0
step3 = (array_a.tolist(), array_b.tolist(), array_c.tolist())

# Step 4. may_share_memory tells a view from a copy.
step4 = (np.may_share_memory(array_a, array_b), np.may_share_memory(array_a, array_c))

# Step 5. base names the owner of the memory.
step5 = (array_a.base is None, array_b.base is None, array_b.base is array_a, array_c.base is None)
print(step1, step2, step2b, step3, step4, step5, str(array_a), str(array_b), str(array_c))
