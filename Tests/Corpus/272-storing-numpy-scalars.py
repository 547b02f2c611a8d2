import numpy as np
a = np.zeros(2, dtype=np.int8); a[0] = np.int64(2**40); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.int64(2**40); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.int64(2**40); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.int64(2**40); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.int64(2**40); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.int64(2**40); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.int64(2**40); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.int64(2**40); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.int64(300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.int64(300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.int64(300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.int64(300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.int64(300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.int64(300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.int64(300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.int64(300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.int64(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.int64(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.int64(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.int64(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.int64(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.int64(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.int64(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.int64(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.int32(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.int32(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.int32(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.int32(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.int32(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.int32(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.int32(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.int32(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.int32(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.int32(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.int32(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.int32(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.int32(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.int32(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.int32(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.int32(-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.uint64(2**63); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.uint64(2**63); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.uint64(2**63); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.uint64(2**63); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.uint64(2**63); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.uint64(2**63); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.uint64(2**63); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.uint64(2**63); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.uint32(2**32-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.uint32(2**32-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.uint32(2**32-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.uint32(2**32-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.uint32(2**32-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.uint32(2**32-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.uint32(2**32-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.uint32(2**32-1); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.int16(-300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.int16(-300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.int16(-300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.int16(-300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.int16(-300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.int16(-300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.int16(-300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.int16(-300); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.uint8(200); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.uint8(200); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.uint8(200); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.uint8(200); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.uint8(200); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.uint8(200); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.uint8(200); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.uint8(200); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.float64(1e10); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.float64(1e10); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.float64(1e10); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.float64(1e10); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.float64(1e10); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.float64(1e10); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.float64(1e10); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.float64(1e10); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.float64(300.5); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.float64(300.5); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.float64(300.5); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.float64(300.5); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.float64(300.5); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.float64(300.5); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.float64(300.5); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.float64(300.5); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.float64(-1.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.float64(-1.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.float64(-1.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.float64(-1.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.float64(-1.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.float64(-1.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.float64(-1.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.float64(-1.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.float32(300.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.float32(300.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.float32(300.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.float32(300.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.float32(300.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.float32(300.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.float32(300.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.float32(300.0); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.bool_(True); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.bool_(True); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.bool_(True); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.bool_(True); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.bool_(True); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.bool_(True); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.bool_(True); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.bool_(True); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.float64(np.nan); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.float64(np.nan); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.float64(np.nan); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.float64(np.nan); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.float64(np.nan); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.float64(np.nan); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.float64(np.nan); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.float64(np.nan); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.float64(-1e20); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.float64(-1e20); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.float64(-1e20); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.float64(-1e20); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.float64(-1e20); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.float64(-1e20); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.float64(-1e20); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.float64(-1e20); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int8); a[0] = np.float16(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int16); a[0] = np.float16(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int32); a[0] = np.float16(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.int64); a[0] = np.float16(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint8); a[0] = np.float16(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint16); a[0] = np.float16(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint32); a[0] = np.float16(70000); a[1] = a[0]; a
a = np.zeros(2, dtype=np.uint64); a[0] = np.float16(70000); a[1] = a[0]; a
u = np.zeros(2, dtype=np.uint8)
u.fill(np.float64(1e10))
u
f = np.zeros(2, dtype=np.float32)
f.fill(1e300)
f
f.fill(np.float64(1e300))
f
np.float64(2**70), np.float32(2**70), np.complex64(2**70), np.bool_(2**70)
np.int64(2**70)
np.int64(2**63)
np.uint64(2**64)
np.float64(2**1024)
np.float16(2**70)
np.int8([np.int64(300)])
np.int8(np.float64(300.5)), np.uint8(np.float64(-1.5)), np.int16(np.float32(1e6))
a = np.zeros(2, dtype=np.int8)
a[0] = np.float64(2**70)
a[0] = np.uint64(2**64-1)
np.array(300.5, dtype=np.int8)
np.array(np.float64(300.5), dtype=np.int8)
np.array(np.int64(-1), dtype=np.uint8)
np.array(np.float64(-1.5), dtype=np.uint8)
np.array([[np.float64(-1.5)]], dtype=np.uint8)
np.asarray(np.int64(300), dtype=np.int8)
np.array((np.int64(300),), dtype=np.int8)
a = np.zeros(2, dtype=np.int8)
a[0] = 300.5
a
a[0] = -1.5
a
a[0] = float('nan')
a
a[0] = np.float64('nan')
a[0] = np.float64('inf')
a
a[0] = np.float64(2**70)
a[0] = np.uint64(2**64-1)
np.full(3, np.int64(300), dtype=np.int8)
np.array([np.int64(300)], dtype=np.int8)
np.array(np.int64(300), dtype=np.int8)
u = np.zeros(2, dtype=np.uint8)
u[0] = np.float64(-1.5)
u
u[0] = np.float64('nan')
u
u[0] = 300.5
u
u[:] = np.int64(-1)
u
u.fill(np.float64(1e10))
u
a[:] = np.float64(3.7)
a
a.fill(np.float32(-2.9))
a
f = np.zeros(2, dtype=np.float32)
f[0] = np.float64(1e300)
f
b = np.zeros(2, dtype=bool)
b[0] = np.int64(5)
b
a[0] = np.bool_(True)
a
a[1] = np.timedelta64(5)
a
