try:
    exit(3)
except SystemExit as e:
    print(repr(e), e.code)

try:
    quit('bye')
except SystemExit as e:
    print(repr(e), e.code, e.args)

try:
    raise SystemExit
except SystemExit as e:
    print(e.code is None, e.args)

import sys
try:
    sys.exit([1, 2])
except SystemExit as e:
    e.code
