// Hands the ppc64asm grammar to the tree-sitter Node runtime as a type-tagged external.
#include <napi.h>

typedef struct TSLanguage TSLanguage;

extern "C" TSLanguage *tree_sitter_ppc64asm();

// The tag the tree-sitter runtime checks before it accepts a language object.
const napi_type_tag LANGUAGE_TYPE_TAG = {0x8AF2E5212AD58ABF, 0xD5006CAD83ABBA16};

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports["name"] = Napi::String::New(env, "ppc64asm");
  auto language = Napi::External<TSLanguage>::New(env, tree_sitter_ppc64asm());
  language.TypeTag(&LANGUAGE_TYPE_TAG);
  exports["language"] = language;
  return exports;
}

NODE_API_MODULE(tree_sitter_ppc64asm_binding, Init)
