a = np.arange(6).reshape(2, 3)
f"{a.sum()} total"
f"shape={a.shape}, dtype={a.dtype}, first={a[0, 0]}"
f"{a.mean():.3f} {a.mean() * 1.1:8.4f} {a.size:>5} {a.size:<5}|"
f"{3.14159:+.2e} {1234567.891:,.2f} {0.25:.1%} {255:#x} {255:08b} {-42:06d}"
f"{'left':<8}|{'mid':^8}|{'right':>8}|{'fill':*^10}"
name = 'x'; width = 6; prec = 2
f"{name!r} {name!s:>{width}} {1/3:.{prec}f} {name=} {width * 2 = }"
f"{{literal}} {a.ndim}"
f"{a}"
f"{a[0]!r}"
'{} and {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{n:03d}'.format(n=7)
'{0[1]} {1.shape}'.format([10, 20], a)
'{:.2f}'.format(np.float64(2.5)), format(np.pi, '.4f'), format(42, 'x'), format(0.5, '%')
'%d items' % a.size
'%s | %r | %5.2f | %-4d| %04d | %x | %e' % ('s', 's', 3.14159, 7, 42, 255, 12345.678)
'%(n)d %(name)s' % {'n': 5, 'name': 'five'}
'%d %d' % (1,)
'%d' % (1, 2)
'%d' % 'x'
'100%%' % ()
'  Hello, World  '.strip(), 'a,b,,c'.split(','), 'a b  c'.split(), 'x-y-z'.rsplit('-', 1)
'-'.join(['a', 'b', 'c']), ', '.join(str(x) for x in range(3))
'hello'.upper(), 'HeLLo'.lower(), 'hello world'.title(), 'hello'.capitalize()
'hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'banana'.count('a'), 'banana'.find('n'), 'banana'.rfind('n')
'array.npy'.endswith('.npy'), 'array.npy'.startswith(('x', 'arr')), '42'.isdigit(), 'abc'.isalpha()
'7'.zfill(3), 'ab'.center(6, '*'), 'ab'.ljust(4) + '|', 'ab'.rjust(4)
'key=value'.partition('='), 'a\nb\nc'.splitlines(), 'abc'[::-1], 'abc' * 2
'banana'.index('z')
format(1234.5678, ','), format(-0.0, 'z.1f'), format(12, '>5'), format('txt', '^7')
str(3), str(2.5), str(None), str([1, 'a']), repr('a'), str(np.float32(0.1)), repr(np.float32(0.1))
f"{np.float32(0.1)} {np.int8(5)} {np.float64(1/3):.3f} {True} {None}"
format(a, '')
format(a, '.2f')
f"{3:z}"
