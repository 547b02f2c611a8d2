a = np.arange(6)
for i in range(3):
    a[i] = i * 10

a
for x in a[:2]: x

for i in range(10):
    if i % 2 == 0:
        continue
    if i > 6:
        break
    print(i)

total = 0
while total < 5:
    total += 2

total
if a[0] > 5:
    print('big')
elif a[0] == 0:
    print('zero')
else:
    print('other')

for i in range(2):
print(i)

for i in range(2):
    print(i)
  print(i)

break
if True: x = 1; y = 2

x, y
for i, v in [(1, 2), (3, 4)]:
    print(i + v)

