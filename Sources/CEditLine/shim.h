/*
 * Fixed-argument wrappers around libedit's variadic el_set, el_get and
 * history calls, which Swift cannot call directly, and accessors for the C
 * globals (stdin, stdout, stderr) that Swift 6 language mode rejects.
 */
#ifndef ARRSH_CEDITLINE_SHIM_H
#define ARRSH_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>

/* MARK: - Editor */

/* A prompt callback: returns the prompt text, which must stay valid. */
typedef char *(*arrsh_prompt_func)(EditLine *);

/* A key callback: returns one of the CC_* codes. */
typedef unsigned char (*arrsh_key_func)(EditLine *, int);

/* An editor on the process's standard streams. */
static inline EditLine *arrsh_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

/* Sets the prompt; characters between two `literal` markers are terminal
   escapes that take no room on screen. */
static inline int arrsh_el_set_prompt(EditLine *el, arrsh_prompt_func prompt, char literal) {
    return el_set(el, EL_PROMPT_ESC, prompt, literal);
}

/* Selects the key map: "emacs" or "vi". */
static inline int arrsh_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/* With 1, libedit restores the terminal before a signal reaches the program. */
static inline int arrsh_el_set_signal(EditLine *el, int handle) {
    return el_set(el, EL_SIGNAL, handle);
}

/* Replaces libedit's character reader. */
static inline int arrsh_el_set_reader(EditLine *el, el_rfunc_t reader) {
    return el_set(el, EL_GETCFN, reader);
}

/* Connects a history list to the editor (up arrow, incremental search). */
static inline int arrsh_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int arrsh_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *arrsh_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    return el_get(el, EL_CLIENTDATA, &data) == 0 ? data : NULL;
}

/* Registers a named editor function that key bindings can refer to. */
static inline int arrsh_el_add_function(EditLine *el, const char *name, const char *help, arrsh_key_func function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

/* Binds a key sequence ("^I", "\033[1;5D") to a named editor function. */
static inline int arrsh_el_bind(EditLine *el, const char *keys, const char *function) {
    return el_set(el, EL_BIND, keys, function, (const char *)NULL);
}

/* The terminal width libedit currently assumes, or 80 if unknown. */
static inline int arrsh_el_columns(EditLine *el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns) != 0 || columns <= 0)
        return 80;
    return columns;
}

/* The stream libedit draws on. */
static inline FILE *arrsh_el_output(EditLine *el) {
    FILE *fp = NULL;
    return el_get(el, EL_GETFP, 1, &fp) == 0 && fp != NULL ? fp : stdout;
}

/* MARK: - History */

static inline int arrsh_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

/* With 1, a line equal to the previous one is not entered again. */
static inline int arrsh_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int arrsh_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

/* Returns the number of lines read, or -1 if the file is missing or not a
   libedit history file. */
static inline int arrsh_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

/* Writes the whole list to `fp` and makes the file mode 0600; returns -1 on
   failure. (H_SAVE would fopen the file itself and ignore fclose errors.) */
static inline int arrsh_history_save(History *h, FILE *fp) {
    HistEvent ev;
    return history(h, &ev, H_SAVE_FP, fp);
}

/* MARK: - Standard error */

static inline FILE *arrsh_stderr(void) {
    return stderr;
}

#endif
