export { UnderstandingReader } from './understanding-reader';
export { UnderstandingModule } from './understanding.module';
