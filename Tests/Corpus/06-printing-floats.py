np.array([0., 1., 2.])
np.array([0.5, 1.5])
np.array([1e-05, 1.0])
np.array([1e-5])
np.array([1e5, 1.0])
np.array([1e16, 1.0])
np.array([1e-20, 1.0])
np.array([1.5e300, 1.0])
np.array([100.0, 2.5e-3])
np.array([123456.789])
np.array([1.0, np.nan, np.inf, -np.inf])
np.array([np.nan, 1.5])
np.array([-0.0, 0.0])
np.array([-0.0, 1.5])
np.array([0.1, 0.25, 100.125])
np.array([1.123456789, 2.0])
np.array([1/3, 2/3])
np.array([-1.5, 22.25, -333.0])
np.array([[1.5, 2.0], [-3.25, 1e3]])
np.linspace(0, 1, 5)
np.sqrt(np.arange(5.0))
np.array([1.5, 2.5], dtype=np.float32)
np.array([0.1], dtype=np.float32)
np.arange(3, dtype=np.float32) / 3
np.array([1e-5, 1.0], dtype=np.float32)
np.float64(0.1)
np.float32(0.1)
np.float64(-0.0)
0.1 + 0.2
1e16
1e-5
1e22
123456789.5
1.0
-0.0
2.5e-8
float('nan')
float('inf')
-float('inf')
np.nan
np.inf
np.pi
np.e
np.array([np.pi, np.e])
print(np.array([0.5, 1.5]))
print(np.array([1e-05, 1.0]))
print(np.array([1.0, np.nan, -np.inf]))
print(np.float64(2.5))
print(np.float32(0.1))
print(0.1 + 0.2)
print(1e16, 1e-5, -0.0)
str(np.array([1/3, 2/3]))
repr(np.array([1/3]))
