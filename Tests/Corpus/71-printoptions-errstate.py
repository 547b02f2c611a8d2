x = np.array([1/3, 2/3, 1e-9, 12345.678])
x
np.get_printoptions()
with np.printoptions(precision=3, suppress=True) as opts:
    print(x)
    print(opts['precision'], np.get_printoptions()['suppress'])

x
np.set_printoptions(precision=4)
x, np.array([0.5, 0.25]), np.float64(1/3)
np.set_printoptions(suppress=True)
np.array([1e-9, 1.23456, 1000.5])
np.set_printoptions(threshold=5, edgeitems=1)
np.arange(10)
np.arange(20).reshape(4, 5)
np.set_printoptions(threshold=1000, edgeitems=3, linewidth=30)
np.arange(15.)
print(np.arange(12))
np.set_printoptions(precision=8, suppress=False, linewidth=75)
np.get_printoptions() == {'edgeitems': 3, 'threshold': 1000, 'floatmode': 'maxprec', 'precision': 8, 'suppress': False, 'linewidth': 75, 'nanstr': 'nan', 'infstr': 'inf', 'sign': '-', 'formatter': None, 'legacy': False, 'override_repr': None}
np.set_printoptions(bogus=1)
np.set_printoptions(precision='x')
np.array([1.0]) / 0
with np.errstate(divide='ignore'):
    y = np.array([1.0, -1.0]) / 0

y
with np.errstate(all='raise'):
    np.array([1.0]) / 0

try:
    with np.errstate(invalid='raise'):
        np.sqrt(np.array([-1.0]))
except FloatingPointError as e:
    print('raised:', e)

np.geterr()
old = np.seterr(divide='ignore')
old
np.array([2.0]) / 0
np.seterr(**old)
np.array([2.0]) / 0
np.log(np.array([0.0, -1.0]))
with np.errstate(divide='ignore', invalid='ignore'):
    np.log(np.array([0.0, -1.0]))

