/// The `%help` page: the commands and the supported language, on one screen.
enum HelpText {
    static let overview = """
    arrsh: NumPy-style arrays in a Python-like shell, for seeing how arrays share memory.

    Commands
      %whos            variables: type, shape, dtype, and which buffer each one views
      %mem [names]     a picture of the buffers and the parts each variable covers
      %timeit STMT     time a statement        %run FILE    run a script here
      %history         lines entered so far    %reset       forget every variable
      help(np.copy)    what a function does, and whether it returns a view or a copy

    Language
      statements: x = expr, a[i] = v, a += 1, del x, import numpy as np, ; between statements,
                  for/while/if blocks (ended by a blank line, as at Python's prompt)
      values: int, float, bool, None, str, tuple, list, ndarray, np.int64(5) ...
      indexing: a[1], a[1:5:2], a[::-1], a[..., None] (views); a[[0, 2]], a[a > 2] (copies)
      np: array asarray arange zeros ones full empty linspace eye copy reshape ravel transpose
          swapaxes moveaxis expand_dims squeeze broadcast_to concatenate stack vstack hstack
          may_share_memory shares_memory where unique sort sum mean min max argmin argmax ...
      ndarray: base shape strides dtype flags T copy view reshape ravel flatten astype ...
      files: np.save np.savez np.load (mmap_mode='r', 'r+' or 'c': the array's memory is the file)

    Ctrl-D or exit() leaves; Ctrl-C interrupts a long statement.

    """
}
