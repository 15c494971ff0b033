// What a React app adds once, so that JSX knows the tags and their props.
/// <reference types="peel-widgets/react" />
