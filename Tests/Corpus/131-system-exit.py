try:
    exit(3)
except SystemExit as e:
    print(e.args)

try:
    quit("bye")
except SystemExit as e:
    print(e.args, e)

print(1)
