// class-transformer keeps @Type metadata in a singleton it does not export from its entry point; the OpenAPI
// document reads nested DTO classes from it (src/platform/http/openapi.ts). Its types ship under types/.
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
