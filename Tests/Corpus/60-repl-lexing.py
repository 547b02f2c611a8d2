if_true = bool(np.array([7]))
if_true
for_each = [1, 2, 3]
in_place = np.arange(3)
is_view = in_place[1:].base is in_place
while_ok, def_x, class_y, try_z, with_w = 1, 2, 3, 4, 5
for_each, is_view, while_ok + def_x + class_y + try_z + with_w
'a\rb', '\x41', '\u00e9', '\101', 'tab\there'
r'raw\n', R'C:\path', 'back\\slash', "it's", 'say "hi"'
'\N{DEGREE SIGN}', len('a\nb'), print('x\ty')
'''triple
quoted'''
s = 'one' 'two' "three"
s
squares = [i * i for i in range(4)]
i
x = 10
[x for x in range(3)], x
1 + 1
_
_ * 10
_
if True: print('one line')

for k in range(2): print(k); print(-k)

if x > 5:
    print('big')
else:
    print('small')

x = (1 +
     2)
x
y = [1,
  2,
     3]
y
z = 1 + \
    2
z
if x:
    pass
  pass

for in_loop in range(2):
print(in_loop)

