#ifndef CLIBCRYPTO_SHIM_H
#define CLIBCRYPTO_SHIM_H
// OpenSSL's libcrypto (libssl-dev): PBKDF2 for the trading password, random bytes for salts and codes,
// and constant-time comparison. Only the Digest module imports this.
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/crypto.h>
#endif
