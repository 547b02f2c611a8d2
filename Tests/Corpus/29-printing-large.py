np.linspace(0, 1, 2000)
np.arange(10000.0).reshape(100, 100) / 3
np.arange(3000).reshape(10, 10, 30)
np.arange(1200, dtype=np.int8)
np.arange(2000) > 1000
np.arange(1001) * 1.5
np.arange(6).reshape(1, 1, 6)
np.zeros((2, 1, 2, 1))
np.arange(30).reshape(2, 15) * 1e6
np.arange(30).reshape(2, 15) / 1e6
np.array([[1e-9, 1], [2, 3]])
np.array([0.5, 1e16])
np.array([1e15, 0.5])
np.array([-1.5e-5, 3.25])
np.array([[np.nan, 1.0], [np.inf, -2.5]])
np.array([1.0, -np.inf])
np.full(5, -0.0)
np.arange(-5, 5) * 0.1
np.arange(20, dtype=np.float32) / 3
np.arange(12, dtype=np.uint16).reshape(3, 4) * 5000
print(np.arange(3000).reshape(1000, 3))
print(np.linspace(-1, 1, 30))
print(np.arange(6).reshape(2, 3) > 2)
