/* Symbol exports matter to the module loader, not to the checks: they expand to nothing. */
#ifndef TOCSIN_EXPORT_H
#define TOCSIN_EXPORT_H
#define EXPORT_SYMBOL(name)
#define EXPORT_SYMBOL_GPL(name)
#endif
