np.random.default_rng(0).random(3)
np.random.default_rng(1).random(3)
np.random.default_rng(12345).random(3)
np.random.default_rng(2**40).random(3)
np.random.default_rng([1, 2, 3]).random(3)
np.random.default_rng((4, 5)).random(2)
np.random.default_rng(np.array([1, 2, 3])).random(3)
np.random.default_rng(np.int64(5)).integers(100, size=3)
np.random.default_rng(True).random()
np.random.default_rng([]).random()
ss = np.random.SeedSequence(42)
ss
ss.entropy
ss.spawn_key
ss.pool_size
ss.generate_state(4, dtype=np.uint64).dtype
np.random.default_rng(ss).random(2)
np.random.SeedSequence([1, 2])
np.random.SeedSequence(5, spawn_key=(1,))
children = ss.spawn(2)
children[1]
np.random.default_rng(children[0]).random(2)
np.random.default_rng(children[1]).random(2)
ss.n_children_spawned
bg = np.random.PCG64(42)
g = np.random.Generator(bg)
g.random(3)
np.random.default_rng(42).random(3)
np.random.default_rng(bg).random(2)
g.random(2)
g.bit_generator is bg
np.random.default_rng(g) is g
mt = np.random.MT19937(5)
np.random.Generator(mt).random(3)
np.random.Generator(np.random.MT19937(5)).integers(10, size=5)
np.random.Generator(np.random.MT19937(5)).normal(size=3)
np.random.RandomState(np.random.MT19937(5)).rand(3)
np.random.RandomState(np.random.PCG64(5)).rand(3)
np.random.RandomState(np.random.PCG64(5)).randn(3)
rs = np.random.RandomState(3)
np.random.default_rng(rs).random(2)
rs.rand(2)
gens = np.random.default_rng(9).spawn(2)
gens[0].random(2)
gens[1].random(2)
np.random.PCG64(3).random_raw(2).dtype
np.random.RandomState(0).rand(2)
np.random.RandomState([0]).rand(2)
np.random.RandomState(np.array(0)).rand(2)
np.random.RandomState(np.array([[5]])).rand(2)
np.random.RandomState(np.uint32(2**32 - 1)).rand(2)
type(np.random.PCG64)
np.random.Generator
np.random.RandomState
isinstance(g, np.random.Generator)
isinstance(rs, np.random.Generator)
fresh = np.random.default_rng()
r = fresh.random(4)
r.shape
bool(((r >= 0) & (r < 1)).all())
fresh.integers(0, 1, size=3)
np.random.seed()
np.random.rand(2).shape
np.random.seed(None)
np.random.RandomState().randint(5, size=3).dtype
np.random.SeedSequence().pool_size
np.random.default_rng(None).normal(size=(2, 2)).shape
