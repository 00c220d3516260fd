/* Nothing to compile: the target exists for its header (include/CSystemCalls.h). */
#include "CSystemCalls.h"
