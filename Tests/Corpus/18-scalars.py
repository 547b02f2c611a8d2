np.int64(5)
np.float64(0.5)
np.float32(0.1)
np.int32(7)
np.uint8(255)
np.int8(-128)
np.True_
np.bool_(False)
a = np.arange(4)
a[0]
type(a[0])
a[1] + 1
a[1] * 1.5
a.sum()
a.mean()
a[0] == 0
type(a[0] == 0)
a[2].item()
type(a[2].item())
np.array(5).item()
np.float64(2.5).item()
a.tolist()
np.arange(6).reshape(2, 3).tolist()
np.array([1.5, 2.0]).tolist()
np.array([True, False]).tolist()
np.array(7).tolist()
print(np.int64(5))
print(np.float32(0.1))
print(np.True_)
str(np.float64(1.5)), repr(np.float64(1.5))
int(np.int64(9)), float(np.float32(0.5))
np.float32(1) / 3
np.int64(7) // 2
np.int64(2) ** 3
np.float64(1e-5)
np.float64(1e16)
np.float64(np.nan)
np.float64(-np.inf)
np.array([1.5])[0]
np.array([1, 2], dtype=np.float32)[1]
np.array([1, 2], dtype=np.uint16)[0] + 1
isinstance(a[0], np.int64)
isinstance(a[0], int)
isinstance(np.float64(1.0), float)
bool(np.True_)
m = np.arange(4).reshape(2, 2)
m[1, 1]
m.max()
(m > 1)[1, 0]
np.float64(3) * a
