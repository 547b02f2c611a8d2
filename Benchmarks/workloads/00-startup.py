# Start-up alone: load the interpreter and NumPy, print one line.
import numpy as np
print(0)
