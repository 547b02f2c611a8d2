a = np.arange(4)
ascii('café'), ascii([1, 'ü']), callable(len), callable(a), callable(np.sum), callable(3)
chr(65), chr(0x263A), ord('A'), ord('é'), hash(7), hash(7) == hash(7.0), hash((1, 2)) == hash((1, 2))
chr(-1)
ord('ab')
hash([1])
class Box:
    pass

b = Box()
setattr(b, 'width', 3)
getattr(b, 'width'), getattr(b, 'height', 0), hasattr(b, 'width'), hasattr(b, 'depth'), vars(b)
delattr(b, 'width')
hasattr(b, 'width')
getattr(a, 'shape'), getattr(a, 'nope', 'fallback'), hasattr(a, 'base'), getattr(np, 'pi')
getattr(b, 'missing')
delattr(b, 'missing')
vars(3)
list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(map(np.add, a[:2], a[2:]))
list(zip([1, 2], [3, 4], strict=True))
list(zip([1, 2, 3], [4, 5], strict=True))
list(zip([1], [4, 5], strict=True))
with np.errstate(over='ignore', under='ignore'):
    np.array([1e308]) * 10, np.array([1e-308]) / 1e10

with np.errstate(over='raise'):
    np.array([1e308]) * 10

old = np.seterr(all='ignore')
np.array([0.0]) / 0, np.array([1e308]) * 10
np.seterr(**old)
with np.printoptions(3):
    print(np.array([1/3]))

with np.printoptions(4, 10):
    print(np.arange(12) / 7)

print(np.array([1/3]))
