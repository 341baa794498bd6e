#ifndef PREVAIL_CLIBXML2_SHIM_H
#define PREVAIL_CLIBXML2_SHIM_H
// Foundation and libxml2 both define ICU's UErrorCode; keep libxml2's ICU parts out.
// xmlversion.h itself defines LIBXML_ICU_ENABLED, so the #undef must come after it and before
// encoding.h (which the other headers include) looks at it. Only the layout of
// xmlCharEncodingHandler changes, and Swift never touches one except through a pointer.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>
#include <libxml/xmlmemory.h>

/// xmlFree is a C global function pointer that Swift 6 rejects; call it through this wrapper.
static inline void prevail_xmlFree(void *pointer) { xmlFree(pointer); }
#endif
