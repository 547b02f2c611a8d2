import numpy as np
a = np.array([[1, 2, 3], [4, 5, 6]])
np.pad([1, 2], 1.5)
np.pad([1, 2], 1.0)
np.pad([1, 2], np.uint8(1))
np.pad([1, 2], True)
np.pad([1, 2], [])
np.pad(a, {1: (1, 2)})
np.pad(a, {-1: 2})
np.pad(a, {0: (3, 0)})
np.pad(a, {0: (3, 0), 1: 2})
np.pad(a, {2: 1})
np.pad(a, {0: 1.5})
np.pad(a, {0: np.int64(1)})
np.pad(a, {0: (1, 2, 3)})
np.pad(a, {0: -1})
np.pad(a, {})
np.pad(a, {0: True})
def pad_with(vector, pad_width, iaxis, kwargs):
    pad_value = kwargs.get('padder', 10)
    vector[:pad_width[0]] = pad_value
    vector[-pad_width[1]:] = pad_value

np.pad(a, 2, pad_with)
np.pad(a, 2, pad_with, padder=100)
np.pad(a, (1, 0), pad_with)
np.pad(np.arange(3.), 1, lambda v, w, i, k: None)
def show(v, w, i, k):
    print(v, w, i, k)

np.pad(np.arange(2), 1, show, x=1)
np.pad(np.arange(4).reshape(2, 2), ((1, 0), (0, 1)), show)
