import { render } from 'preact';
import { App } from '../../components/App';
import '../../components/popup.css';
import { connectToTab } from './connector';

const root = document.getElementById('app')!;
void connectToTab(location.search).then((connector) => render(<App connector={connector} />, root));
