lst = []
x = 7
lst.append(x * 3)
lst.append(x)
lst.append(2 ** 70 * x)
lst.append(x * 2 ** 62)
lst.append(x / 2)
lst.append(x % 0)
lst.append(x * 'ab')
lst.append(lst)
len(lst), lst[:6]
lst.append(np.int8(100) * 3)
lst.append(np.int64(5) + x)
lst[-2:]
s = set()
s.add(x % 4)
s.add(x * 1.0)
s.add(x % 0)
s.add([x])
s.add(x - 7)
sorted(s)
fs = frozenset({1})
fs.add(x * 2)
t = (1, 2)
t.append(x * 2)
undefined_list.append(x * 2)
lst.append(undefined_item * 2)
undefined_list.append(undefined_item * 2)
class Rebinder:
    def __mul__(self, other):
        global lst
        lst = ['new']
        return 'made'

keep = lst
lst = [1]
old = lst
lst.append(Rebinder() * 2)
old, lst
class Appender:
    def append(self, v): print('own append', v)
    def add(self, v): print('own add', v)

lst = Appender()
lst.append(x * 3)
s = Appender()
s.add(x % 3)
def build(n):
    out = []
    seen = set()
    for i in range(n):
        out.append(i * 2)
        seen.add(i % 3)
    return out, seen

build(5)
def uses_global(v):
    glist.append(v + 1)
    gset.add(v - 1)

glist = []
gset = set()
uses_global(3)
uses_global(3)
glist, gset
d = {}
d.append(x * 2)
