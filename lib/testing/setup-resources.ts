/**
 * Registers the app's resource declarations before each test file, as every entry point of the
 * app does (lib/api/resources.ts); tests call services and handlers directly.
 */
import "../api/resources";
