// The library prints synth warnings to stderr; in the test run that is noise, so it is turned off
// here. Tests of the printing turn it back on for their own call (test/support.ts captureStderr).
process.env.CDKTF_ALICLOUD_HBR_WARNINGS = "off";
