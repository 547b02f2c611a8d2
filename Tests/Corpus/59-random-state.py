np.random.seed(0)
s = np.random.get_state()
type(s)
len(s)
s[0]
s[1].dtype
s[1].shape
s[1][:4]
s[2:]
np.random.rand(3)
np.random.set_state(s)
np.random.rand(3)
np.random.seed(1)
np.random.randn()
g = np.random.get_state()
g[2:]
np.random.randn(2)
np.random.set_state(g)
np.random.randn(2)
np.random.set_state(g[:3])
np.random.randn(2)
rs = np.random.RandomState(7)
st = rs.get_state()
rs.randint(100, size=5)
rs.set_state(st)
rs.randint(100, size=5)
np.random.RandomState(0).set_state(np.random.RandomState(3).get_state())
np.random.set_state(list(np.random.RandomState(3).get_state()))
np.random.rand(2)
np.random.set_state(5)
np.random.set_state(('X',))
np.random.set_state(('MT19937',))
np.random.set_state(('MT19937', [1, 2, 3], 0))
np.random.set_state(('MT19937', np.arange(3), 0))
np.random.set_state(('MT19937', s[1], 0, 1))
rng = np.random.default_rng(1)
st = rng.bit_generator.state
st
rng.random(3)
rng.integers(5, dtype=np.uint32)
rng.bit_generator.state
rng.bit_generator.state = st
rng.random()
rng.bit_generator.state = 5
rng.bit_generator.state = {'bit_generator': 'MT19937'}
rng.bit_generator.state = {'bit_generator': 'PCG64'}
rng.foo = 1
rng.bit_generator.foo = 1
rng.bit_generator = 1
rng.random = 1
rng.bit_generator.seed_seq = 1
np.random.RandomState(5)._bit_generator.seed_seq is None
m = np.random.MT19937(3)
s = m.state
s['bit_generator']
s['state']['pos']
s['state']['key'][:3]
np.random.Generator(m).random(2)
m.state = s
np.random.Generator(m).random(2)
m.state = ('MT19937', s['state']['key'], 5)
np.random.Generator(m).random(2)
m.state = ('MT19937', 1)
rs = np.random.RandomState(0)
d = rs.get_state(legacy=False)
sorted(d)
d['has_gauss']
rs.randn()
d2 = rs.get_state(legacy=False)
d2['has_gauss'], d2['gauss']
rs.rand(2)
rs.set_state(d)
rs.rand(2)
rs.set_state(d2)
rs.randn(2)
rs.set_state({'x': 1})
rs.set_state({'bit_generator': 'MT19937', 'state': {'key': np.arange(624), 'pos': 3}})
rs.rand()
rp = np.random.RandomState(np.random.PCG64(4))
g = rp.get_state()
g['bit_generator']
rp.rand(2)
rp.set_state(g)
rp.rand(2)
np.random.SeedSequence(2**100)
np.random.SeedSequence(2**100).generate_state(3)
np.random.default_rng(2**100).random()
np.random.SeedSequence(-2**70)
np.random.SeedSequence([2**70, 1])
np.random.seed(2**70)
np.random.PCG64(7).random_raw(3)
np.random.PCG64(7).random_raw()
np.random.default_rng(0).integers(2**63, 2**64 - 1, dtype=np.uint64, size=2)
np.random.default_rng(0).integers(0, 2**64, dtype=np.uint64, size=2)
np.random.default_rng(0).integers(-2**63, 2**63, size=2)
type(np.random.SeedSequence().entropy)
rng = np.random.default_rng(0)
rng.integers(0, 2**64+1, dtype=np.uint64)
rng.integers(2**70)
rng.integers(-2**70, 0)
np.random.randint(0, 2**64, dtype=np.uint64, size=2)
np.random.randint(2**65)
