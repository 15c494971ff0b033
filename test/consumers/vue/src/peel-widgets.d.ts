// What a Vue app adds once, so that vue-tsc knows the tags and their props in templates.
/// <reference types="peel-widgets/vue" />
