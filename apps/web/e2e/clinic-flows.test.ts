import { describeClinicFlows } from './clinic-flows';

describeClinicFlows({ browserZone: 'Asia/Tashkent', runName: 'same-zone' });
