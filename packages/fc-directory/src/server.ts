// `@sl/fc-directory/server`: the server side of the directory API, for emulators and tests. It uses node:http
// types; the main entry (the client) does not.
export { createFcApi, type FcApi, type FcApiOptions } from './server/create-fc-api';
export { FC_FAULT_CODES } from './server/fc-fault';
