import { mount } from 'svelte';
import App from './App.svelte';
import { registerServiceWorker } from './offline/register.ts';
import './app.css';

registerServiceWorker();
mount(App, { target: document.getElementById('app')! });
