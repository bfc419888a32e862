import { mount } from 'svelte';
import { wakeBackground } from '../lib/storage.ts';
import Popup from './Popup.svelte';

mount(Popup, { target: document.getElementById('app') ?? document.body });
void wakeBackground();
