import numpy as np
x = np.ma.array([1, 2, 3, 4], mask=[0, 1, 0, 1])
x
y = np.ma.array([1, 2, 3, 4], mask=[0, 1, 1, 1])
x + y
np.ma.sqrt([1, -1, 2, -2])
x = np.arange(5.)
mx = np.ma.MaskedArray(x, mask=[0, 0, 0, 1, 0])
mx
mx.mean()
mx[1] = np.ma.masked
mx
mx[1] = 9
mx
mx.mask
x2 = mx.filled(-1)
x2
mx.mask = np.ma.nomask
mx
np.ma.log(np.array([1, 2, -1, -2, 3, -5]))
years = np.arange(1900, 1921)
hares = np.array([30e3, 47.2e3, 70.2e3, 77.4e3, 36.3e3, 20.6e3, 18.1e3, 21.4e3, 22e3, 25.4e3, 27.1e3, 40.3e3, 57e3, 76.6e3, 52.3e3, 19.5e3, 11.2e3, 7.6e3, 14.6e3, 16.2e3, 24.7e3])
lynxes = np.array([4e3, 6.1e3, 9.8e3, 35.2e3, 59.4e3, 41.7e3, 19e3, 13e3, 8.3e3, 9.1e3, 7.4e3, 8e3, 12.3e3, 19.5e3, 45.7e3, 51.1e3, 29.7e3, 15.8e3, 9.7e3, 10.1e3, 8.6e3])
carrots = np.array([48300., 48200, 41500, 38200, 40600, 39800, 38600, 42300, 44500, 42100, 46000, 46800, 43800, 40900, 39400, 39000, 36700, 41800, 43300, 41300, 47300])
data = np.column_stack([years, hares, lynxes, carrots])
populations = np.ma.masked_array(data[:, 1:])
bad_years = (((data[:, 0] >= 1903) & (data[:, 0] <= 1910)) | ((data[:, 0] >= 1917) & (data[:, 0] <= 1918)))
populations[bad_years, 0] = np.ma.masked
populations[bad_years, 1] = np.ma.masked
populations.mean(axis=0)
populations.std(axis=0)
populations[:5]
print(populations[:3])
populations.count(axis=0)
populations.min(axis=0)
populations.max(axis=0)
populations.argmax(axis=0)
populations.sum()
