/* The ncursesw wide-character API for Swift, and getters for the macros and globals
   that Swift cannot import or that strict concurrency rejects. Never copy a macro's
   value by hand: wrap it here. */
#ifndef WORKPLAN_CNCURSESW_SHIM_H
#define WORKPLAN_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <wchar.h>
#include <stdint.h>
#include <stdio.h>
#include <ncursesw/curses.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* Display width of one Unicode scalar in the current locale: the same libc wcwidth
   that ncurses uses. */
static inline int wp_wcwidth(uint32_t scalar) { return wcwidth((wchar_t)scalar); }

static inline WINDOW *wp_stdscr(void) { return stdscr; }
static inline FILE *wp_stdout(void) { return stdout; }
static inline FILE *wp_stdin(void) { return stdin; }
static inline int wp_colors(void) { return COLORS; }
static inline int wp_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t wp_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t wp_A_BOLD(void) { return A_BOLD; }
static inline attr_t wp_A_DIM(void) { return A_DIM; }
static inline attr_t wp_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t wp_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t wp_A_ITALIC(void) { return A_ITALIC; }
static inline attr_t wp_A_STANDOUT(void) { return A_STANDOUT; }

static inline int wp_KEY_F(int n) { return KEY_F(n); }

/* Whether the terminal can move the cursor to any cell (terminfo `cup`); TERM=dumb cannot.
   tigetstr gives NULL for an absent capability and (char *)-1 for a name that is not a
   string capability. */
static inline int wp_has_cursor_addressing(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}

/* The terminal's size as the kernel has it now (TIOCGWINSZ on standard output), which a
   resize changes before SIGWINCH arrives; 0 on success. ioctl is variadic, so Swift cannot
   call it. */
static inline int wp_terminal_size(int *rows, int *columns) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

#endif
