#ifndef DEFINES_H_
#define DEFINES_H_

#include "ap_fixed.h"
#include "ap_int.h"
#include "nnet_utils/nnet_types.h"
#include <cstddef>
#include <cstdio>

// hls-fpga-machine-learning insert numbers
#define N_INPUT_1_1 56
#define N_INPUT_2_1 56
#define N_INPUT_3_1 1
#define OUT_HEIGHT_16 64
#define OUT_WIDTH_16 64
#define N_CHAN_16 1
#define OUT_HEIGHT_2 56
#define OUT_WIDTH_2 56
#define N_FILT_2 3
#define OUT_HEIGHT_2 56
#define OUT_WIDTH_2 56
#define N_FILT_2 3
#define OUT_HEIGHT_17 64
#define OUT_WIDTH_17 64
#define N_CHAN_17 3
#define OUT_HEIGHT_5 56
#define OUT_WIDTH_5 56
#define N_FILT_5 1
#define OUT_HEIGHT_5 56
#define OUT_WIDTH_5 56
#define N_FILT_5 1
#define OUT_HEIGHT_8 14
#define OUT_WIDTH_8 14
#define N_FILT_8 1
#define N_SIZE_0_9 196
#define N_LAYER_10 20
#define N_LAYER_10 20
#define N_LAYER_13 5
#define N_LAYER_13 5


// hls-fpga-machine-learning insert layer-precision
typedef nnet::array<ap_fixed<16,6>, 1*1> input_t;
typedef nnet::array<ap_fixed<16,6>, 1*1> layer16_t;
typedef ap_fixed<40,21> conv1_accum_t;
typedef nnet::array<ap_fixed<40,21>, 3*1> conv1_result_t;
typedef ap_fixed<16,7> weight2_t;
typedef ap_fixed<16,7> bias2_t;
typedef nnet::array<ap_ufixed<16,6,AP_RND_CONV,AP_SAT,0>, 3*1> layer4_t;
typedef ap_fixed<18,8> relu1_table_t;
typedef nnet::array<ap_ufixed<16,6,AP_RND_CONV,AP_SAT,0>, 3*1> layer17_t;
typedef ap_fixed<41,22> conv2_accum_t;
typedef nnet::array<ap_fixed<41,22>, 1*1> conv2_result_t;
typedef ap_fixed<16,7> weight5_t;
typedef ap_fixed<16,7> bias5_t;
typedef nnet::array<ap_ufixed<16,6,AP_RND_CONV,AP_SAT,0>, 1*1> layer7_t;
typedef ap_fixed<18,8> relu2_table_t;
typedef ap_ufixed<24,10> pool1_accum_t;
typedef nnet::array<ap_ufixed<16,6,AP_RND_CONV,AP_SAT,0>, 1*1> layer8_t;
typedef ap_fixed<41,22> dense1_accum_t;
typedef nnet::array<ap_fixed<41,22>, 20*1> dense1_result_t;
typedef ap_fixed<16,7> weight10_t;
typedef ap_fixed<16,7> bias10_t;
typedef ap_uint<1> layer10_index;
typedef nnet::array<ap_ufixed<16,6,AP_RND_CONV,AP_SAT,0>, 20*1> layer12_t;
typedef ap_fixed<18,8> relu3_table_t;
typedef ap_fixed<28,10> dense2_accum_t;
typedef nnet::array<ap_fixed<28,10>, 5*1> dense2_result_t;
typedef ap_fixed<16,7> weight13_t;
typedef ap_fixed<16,7> bias13_t;
typedef ap_uint<1> layer13_index;
typedef nnet::array<ap_fixed<16,6>, 5*1> result_t;
typedef ap_fixed<18,8> softmax_table_t;
typedef ap_fixed<18,8,AP_RND,AP_SAT,0> softmax_exp_table_t;
typedef ap_fixed<18,8,AP_RND,AP_SAT,0> softmax_inv_table_t;


#endif
