/* Symbol annotations of newer kernels. */
#ifndef TOCSIN_LINKAGE_H
#define TOCSIN_LINKAGE_H
#define SYM_FUNC_START_LOCAL(name) .type name,@function ; .balign 4 ; name:
#define SYM_FUNC_START(name) .globl name ; SYM_FUNC_START_LOCAL(name)
#define SYM_FUNC_END(name) .size name, . - name
#define SYM_CODE_START_LOCAL(name) .balign 4 ; name:
#define SYM_CODE_START(name) .globl name ; SYM_CODE_START_LOCAL(name)
#define SYM_CODE_END(name)
#define SYM_DATA(name, ...) .globl name ; name: __VA_ARGS__
#endif
