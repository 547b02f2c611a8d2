h = np.array([1, 2.5, -3, 0.1], dtype=np.float16)
h
h.dtype, h.itemsize, h.strides
print(h)
h * 3
h / 3
h + 1
h + 1.5
h + np.float32(1)
h + np.array([1], dtype=np.int8)
h + np.array([1], dtype=np.uint8)
h + np.array([1], dtype=np.int16)
h + np.array([1], dtype=np.int32)
np.float16(0.1)
np.float16(1) / np.float16(3)
np.float16(65504) * 2
np.float16(1e-8)
np.float16(1000.0), np.float16(10000.0)
str(np.float16(0.3)), str(np.float16(1234))
np.array([1e5], dtype=np.float16)
np.array([1e-5, 1], dtype=np.float16)
np.array([70000]).astype(np.float16)
np.sqrt(np.arange(4, dtype=np.uint8))
np.sqrt(np.arange(4, dtype=np.int8))
np.exp(np.array([True, False]))
np.log(np.arange(1, 4, dtype=np.uint8))
np.sin(np.float16(1))
np.sqrt(np.arange(3, dtype=np.int16))
np.rint(np.arange(3, dtype=np.int8))
np.arctan2(np.int8(1), np.int8(2))
np.hypot(np.uint8(3), np.uint8(4))
np.floor(h), np.ceil(h), np.trunc(h)
np.abs(h), -h, np.sign(h), np.square(h)
h // 1, h % 1, h ** 2
np.maximum(h, 1), np.minimum(h, np.float16(np.nan))
np.isnan(np.array([np.nan, 1], dtype=np.float16))
np.array([1, 2], dtype=np.int8) / np.array([3, 3], dtype=np.int8)
np.arange(5, dtype=np.float16) / 3
np.arange(0, 1, 0.1, dtype=np.float16)
np.linspace(0, 1, 5).astype(np.float16)
np.arange(10, dtype=np.float16).sum()
np.arange(2000, dtype=np.float16).sum()
np.full(300, 0.1, dtype=np.float16).sum()
np.ones((3, 4), dtype=np.float16).sum(axis=0)
np.arange(1, 8, dtype=np.float16).prod()
np.array([1, 2, 4], dtype=np.float16).mean()
np.full(1000, 0.1, dtype=np.float16).mean()
np.cumsum(np.ones(5, dtype=np.float16))
np.max(h), np.min(h), np.argmax(h)
h.astype(np.float64)
h.astype(np.int32)
np.float16(2.5).item(), h.tolist()
h[1:3], h[::-1].strides
h.view(np.uint16)
np.zeros(2, dtype='e'), np.ones(2, dtype='f2'), np.empty(0, dtype=np.half)
np.finfo(np.float16)
print(np.finfo(np.float16))
np.finfo(np.float16).eps, np.finfo(np.float16).max, np.finfo(np.float16).tiny
np.finfo(np.float32)
np.finfo(float).resolution, np.finfo(1.0).bits
np.finfo(np.int32)
np.iinfo(np.int8)
print(np.iinfo(np.uint16))
np.iinfo(int).max, np.iinfo(np.int16).min, np.iinfo(np.uint8).bits, np.iinfo(np.uint32).kind
np.iinfo(np.float32)
np.save('/tmp/arrsh_corpus_f16.npy', h)
np.load('/tmp/arrsh_corpus_f16.npy')
np.array([1e7, 1], dtype=np.float32)
np.array([2000., 1], dtype=np.float16)
