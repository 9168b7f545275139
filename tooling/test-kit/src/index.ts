export { makeSelfSignedCertificate, type SelfSignedCertificate } from './certificate.ts';
export {
  type AuthSpec,
  type CodecVector,
  loadCodecVectors,
  loadManagerCalls,
  loadManagerCallsMore,
  loadWireVectors,
  type ManagerCallCase,
  type WireVector,
} from './conformance.ts';
export { measureOpsPerSecond } from './measure.ts';
export {
  DEBIAN_PYTHON,
  hasReferenceClient,
  type PythonResult,
  type RunCommandOptions,
  runCommand,
  runPython,
  runPythonAsync,
} from './python.ts';
export { type ReadmeExampleOptions, runReadmeExample } from './readme-example.ts';
export {
  type CannedResponse,
  type RecordedRequest,
  type RecordingHandler,
  type RecordingServer,
  startRecordingServer,
} from './recording-server.ts';
export { refusedUrl } from './refused-url.ts';
export { conformancePath, metadataPath, repoRoot } from './repo-paths.ts';
export { type Tagged, type UntagOptions, untag } from './tagged-json.ts';
