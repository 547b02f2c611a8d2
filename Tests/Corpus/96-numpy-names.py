np.foo
np.float_
np.str
np.object
np.Inf
np.byte_bounds
np.lib.foo
np.linalg.foo
np.lib.stride_tricks.foo
np.lib.array_utils.foo
np.random.foo
import numpy.foo
import numpy.lib.foo
import numpy.lib.stride_tricks as st
st.as_strided(np.arange(4), (2,), (16,))
import numpy.linalg as la
la.norm([3, 4])
import numpy.lib
z2 = np.zeros(2)
numpy.lib.array_utils.byte_bounds(z2)[1] - numpy.lib.array_utils.byte_bounds(z2)[0]
from numpy.lib.stride_tricks import sliding_window_view as swv
swv(np.arange(4), 3)
from numpy.lib.array_utils import byte_bounds
from numpy.linalg import norm
norm(np.ones(4))
np.arange(3).foo
np.arange(3).flat.foo
np.arange(3).data.foo
