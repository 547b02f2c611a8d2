import numpy as np
b'abc'
b'\x01\x02\xff'
B"it's"
rb'\x01\n'
br'a\b'
b'a' b'b'
b'\t\n\r\0\101\q'
b'\u00e9'
b"""two
lines"""
len(b'\x00\x01')
b'abc'[1]
b'abc'[::-1]
type(b'')
b'abc' == b'abc'
np.frombuffer(b'\x01\x02', dtype=np.uint8)
np.frombuffer(b'\x01\x00\x02\x00', dtype=np.int16)
x = b'smurf'
x[0]
list(b'hi')
b'é'
b'a' 'b'
'a' b'b'
b'\x1'
b'\xzz'
'\q'
x = '\d'
f'\d{1}'
'\N{DEGREE SIGN}'
r'\d'
'\8'
'a\qb\z'
b'a' in b'ab'
b'' in b'x'
b'ba' in b'ab'
97 in b'ab'
300 in b'a'
'a' in b'a'
b'bc' not in b'abc'
b'a' + b'bc'
b'ab' * 3
2 * b'x'
b'ab' * 0
b'ab' * -1
b'a' + 'x'
b'a' + 1
b'a' * 1.5
b'a' * True
