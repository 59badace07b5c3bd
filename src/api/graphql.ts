// graphql 16 ships a CommonJS build (`main`) and an ESM build (`module`) with no
// exports map. Node hands every `import 'graphql'` the CommonJS one, yoga's
// included; a bundler (vitest's vite) would hand our source the ESM one, and
// types built by one copy fail `instanceof` checks in the other. Importing the
// CommonJS file by path keeps a single copy everywhere.
export { GraphQLError, execute, getArgumentValues, getNamedType, getOperationAST, isObjectType, Kind, parse, specifiedRules, validate, visit } from 'graphql/index.js';
