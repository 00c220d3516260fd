/* The C library calls WorkplanCore needs that Swift's Glibc module does not bring in:
   the extended-attribute calls of <sys/xattr.h>, so a save keeps a file's attributes. */
#ifndef WORKPLAN_CSYSTEMCALLS_H
#define WORKPLAN_CSYSTEMCALLS_H

#include <sys/types.h>
#include <sys/xattr.h>

#endif
