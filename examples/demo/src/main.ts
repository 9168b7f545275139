// Provisional demo: until @sl/emulator and @sl/client land, show the codec round-tripping a SoftLayer call.
console.log('@sl demo: the emulator and client are not built yet.');
