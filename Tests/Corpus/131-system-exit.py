try:
    exit(3)
except SystemExit as e:
    print(e.args)

try:
    quit("bye")
except SystemExit as e:
    print(e.args, e)

print(1)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)

try:
    raise SystemExit
except SystemExit as e:
    print(e.code)

e = SystemExit('bye')
e.code, str(e), repr(e)
