// libxml2's headers pull in the system ICU when LIBXML_ICU_ENABLED is set, which clashes
// with Foundation's own ICU ("UErrorCode has different definitions"). We never use
// libxml2's ICU encoding support (DOCX parts are UTF-8/UTF-16), so switch it off first.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
