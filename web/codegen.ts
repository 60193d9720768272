import type { CodegenConfig } from '@graphql-codegen/cli'

// Every document in src/ is checked against the server's schema and typed from it.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.ts', 'src/**/*.vue', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', Upload: 'File' },
      },
    },
  },
}
export default config
