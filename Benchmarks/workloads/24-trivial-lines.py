# 200,000 trivial lines: the per-line cost of the front end (reading, lexing,
# parsing, deciding a line is complete) and of one assignment.
import numpy as np
# bench-repeat 200_000
x = 1
# bench-end
print(x)
