# Views and copies: a walk through NumPy's copy function.
import numpy as np

# Step 1. Binding a second name to an array makes no new object:
# both names refer to one array, so their ids are equal.
array_a = np.arange(6)
array_b = array_a
id(array_a), id(array_b)
array_b is array_a

# Step 2. A slice is a new array object (a new id) ...
array_b = array_a[0:3]
id(array_a), id(array_b)
array_b is array_a

# ... but it is a view: it reads and writes array_a's memory.
# Changing array_b[0] changes array_a[0] too.
array_b[0] = 100
array_a, array_b

# Step 3. np.copy makes a deep copy with memory of its own,
# so changing array_c leaves array_a and array_b alone.
array_c = np.copy(array_a)
array_c
array_c[0] = 0
array_a, array_b, array_c

# Step 4. An id cannot tell a view from a copy; may_share_memory can.
# True means the memory ranges overlap (they might share an element).
np.may_share_memory(array_a, array_b)
np.may_share_memory(array_a, array_c)

# Step 5. base tells who owns the memory: None for an owner,
# the owning array for a view.
array_a.base is None
array_b.base is None
array_b.base is array_a
array_c.base is None
print(array_a, array_b, array_c)
