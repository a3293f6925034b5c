console.log("ui: not yet");
